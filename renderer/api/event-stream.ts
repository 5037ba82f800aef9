import { eventChannelName } from '../../shared/contract/events.ts';
import { sessionSecret } from './browser-session.ts';

const TOKEN_HEADER = 'x-powerhall-token';
/** Wait before opening the stream again after it broke (the server restarted, the network hiccupped). */
const RETRY_MS = 2000;

type Listener = (payload: unknown) => void;

/** Splits server-sent event text into complete frames; returns them and the unfinished rest. */
export function parseEventFrames(text: string): { frames: { event: string; data: string }[]; rest: string } {
  const parts = text.split('\n\n');
  const rest = parts.pop() ?? '';
  const frames = parts.flatMap((part) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of part.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    return data.length > 0 ? [{ event, data: data.join('\n') }] : [];
  });
  return { frames, rest };
}

/**
 * Browser mode's side of main's events: one server-sent event stream per tab (POST /events with the session secret
 * in its header, which EventSource cannot send, so it is read through fetch), open while anything listens and
 * opened again when it breaks.
 */
export class BrowserEventStream {
  private readonly listeners = new Map<string, Set<Listener>>();
  private running = false;

  constructor(private readonly baseUrl: string) {}

  subscribe(service: string, event: string, listener: Listener): () => void {
    const name = eventChannelName(service, event);
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener);
    if (!this.running) void this.run();
    return () => set.delete(listener);
  }

  private listening(): boolean {
    return [...this.listeners.values()].some((s) => s.size > 0);
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.listening()) {
      await this.readOnce().catch(() => undefined);
      if (this.listening()) await new Promise((r) => setTimeout(r, RETRY_MS));
    }
    this.running = false;
  }

  private async readOnce(): Promise<void> {
    const secret = await sessionSecret(this.baseUrl);
    const response = await fetch(`${this.baseUrl}/events`, { method: 'POST', headers: secret ? { [TOKEN_HEADER]: secret } : {}, credentials: 'omit' });
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const { frames, rest } = parseEventFrames(buffered + value);
      buffered = rest;
      for (const frame of frames) this.deliver(frame.event, frame.data);
    }
  }

  private deliver(name: string, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of [...(this.listeners.get(name) ?? [])]) listener(payload);
  }
}
