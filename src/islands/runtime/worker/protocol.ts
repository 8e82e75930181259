/**
 * The base of every island's worker protocol. The page sends `{ id, request }`; the worker answers
 * that id with exactly one `reply` (its payload typed by the island's Replies map) or `error`,
 * and may stream events without ids (progress). Each island declares its own Request union
 * (each member has a `type`), Replies map (one payload per request type) and Event union.
 */

/** Any request: a `type` naming it, plus its fields. */
export interface AnyRequest { type: string }

/** Reply payloads by request type. */
export type RepliesFor<Req extends AnyRequest> = { [K in Req['type']]: unknown };

/** What the page posts to the worker. */
export interface Envelope<Req extends AnyRequest> { id: number; request: Req }

/** The worker's answer to request `id`. */
export interface ReplyMessage<Req extends AnyRequest, Rep extends RepliesFor<Req>> { type: 'reply'; id: number; kind: Req['type']; payload: Rep[Req['type']] }

/**
 * A failure: of request `id`, or of the worker itself when `id` is null. `recoverable`: the
 * worker still holds its state (a model, its weights), so the learner can continue.
 */
export interface ErrorMessage { type: 'error'; id: number | null; message: string; recoverable: boolean }

/** Everything a worker posts to its page. */
export type WorkerMessage<Req extends AnyRequest, Rep extends RepliesFor<Req>, Ev> = ReplyMessage<Req, Rep> | ErrorMessage | Ev;
