/** The part of autocannon's API the bench uses (the package ships no types; @types/autocannon is not installed). */
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => unknown;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string> | string[]) => void;
    }
    interface Options { url: string; connections?: number; amount?: number; timeout?: number; requests?: Request[] }
    interface Histogram { average: number; mean: number; total: number; p50: number; p99: number }
    interface Result { requests: Histogram; latency: Histogram; '2xx': number; non2xx: number; errors: number; timeouts: number }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
