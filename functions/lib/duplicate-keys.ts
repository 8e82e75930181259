/**
 * Keys that occur more than once in one object of a JSON text. JSON.parse keeps the last
 * silently ({"q1":"a","q1":"b"} -> {q1:"b"}), so a request that says two things about one
 * field is only visible in the text. Expects text that JSON.parse already accepted.
 */
export function duplicateKeys(json: string): string[] {
  const found = new Set<string>();
  const open: (Set<string> | null)[] = []; // one entry per open object (its keys) or array (null)
  let keyNext = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (keyNext && keys) {
        const key = JSON.parse(json.slice(i, end + 1)) as string; // decodes escapes: "\u0071" is "q"
        if (keys.has(key)) found.add(key);
        keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (ch === '{') {
      open.push(new Set());
      keyNext = true;
    } else if (ch === '[') open.push(null);
    else if (ch === '}' || ch === ']') open.pop();
    else if (ch === ',') keyNext = open.at(-1) instanceof Set;
  }
  return [...found];
}
