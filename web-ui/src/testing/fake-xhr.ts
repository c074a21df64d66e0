import { vi } from 'vitest';

type ProgressHandler = ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;

/**
 * A stand-in for XMLHttpRequest (jsdom's would try the network): records what was sent and lets the test drive
 * upload progress and the answer.
 */
export class FakeXhr {
  static instances: FakeXhr[] = [];

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  withCredentials = false;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ProgressHandler } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  private responseHeaders: Record<string, string> = {};

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name] ?? null;
  }

  /** Reports upload progress, as the browser does while sending. */
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }

  /** Answers the request with a JSON body. */
  respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }

  get sent(): boolean {
    return this.body !== undefined;
  }

  /** The form's fields, when the body is FormData. */
  get form(): FormData | undefined {
    return this.body instanceof FormData ? this.body : undefined;
  }
}

/** Replaces XMLHttpRequest for one test; returns the list the fakes are recorded in. */
export function stubXhr(): FakeXhr[] {
  FakeXhr.instances = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return FakeXhr.instances;
}
