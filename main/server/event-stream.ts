import type { ServerResponse } from 'node:http';
import { eventChannelName, eventSchema } from '../../shared/contract/events.ts';

/** A comment line this often keeps an idle stream from being dropped by the browser or anything in between. */
const KEEP_ALIVE_MS = 20_000;

/**
 * Browser mode's main → renderer events: each tab holds one server-sent event stream open (text/event-stream),
 * and an event goes to every open stream, named by the contract's event channel, its payload checked first.
 */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.open.forEach((res) => res.write(': keep-alive\n\n')), KEEP_ALIVE_MS);
    this.timer.unref();
  }

  /** Answers a request with a stream that stays open until the tab or the server closes it. */
  attach(res: ServerResponse): void {
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.writeHead(200);
    // A first line, so that the tab knows at once that the stream is open.
    res.write(': open\n\n');
    this.open.add(res);
    res.once('close', () => this.open.delete(res));
  }

  /** How many tabs are listening. */
  get size(): number {
    return this.open.size;
  }

  emit(service: string, event: string, payload: unknown): void {
    const schema = eventSchema(service, event);
    if (!schema) throw new Error(`the contract has no event ${service}.${event}`);
    // JSON.stringify never writes a raw newline, so the data is one line of the stream.
    const frame = `event: ${eventChannelName(service, event)}\ndata: ${JSON.stringify(schema.parse(payload))}\n\n`;
    for (const res of this.open) res.write(frame);
  }

  close(): void {
    clearInterval(this.timer);
    for (const res of this.open) res.end();
    this.open.clear();
  }
}
