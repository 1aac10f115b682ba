/** Sends bytes over a plain TCP socket and parses the answer, for requests no HTTP client would send. */
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function parseAnswer(text: string): RawAnswer {
  const split = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) };
}

/** Writes `request` to 127.0.0.1:`port` and reads until the server closes or the first answer is whole. */
export function rawRequest(port: number, request: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const finish = () => {
      socket.destroy();
      resolve(parseAnswer(text));
    };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      const answer = text.includes('\r\n\r\n') ? parseAnswer(text) : null;
      const length = Number(answer?.headers['content-length'] ?? Number.NaN);
      if (answer && Buffer.byteLength(answer.body) >= length) finish();
    });
    socket.on('end', finish);
    socket.on('error', reject);
    socket.setTimeout(5_000, () => reject(new Error('no answer within 5 s')));
    socket.write(request);
  });
}
