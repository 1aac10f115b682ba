import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../lib/i18n';
import { messageSetReady } from '../../lib/i18n/message-sets.test-support';
import { localizeRelayCsv } from './relay-csv';

const toolMessagesReady = () => messageSetReady('tools');

const relayCsv = [
  'scannedAt,door,deviceName,state,holderName,replayOutcome,futureColumn',
  '2030-05-01T19:00:00.000Z,North,"Phone 1, left",replayed,Ada,Redeemed,x',
  '',
].join('\r\n');

afterEach(() => loadLanguage('en'));

describe('the relay export in the door lead’s language', () => {
  it('writes English headers, keeps an unknown column’s machine name and every row as it came', async () => {
    await toolMessagesReady();
    const [header, ...rows] = localizeRelayCsv(relayCsv).split('\r\n');
    expect(header).toBe('Scanned at (UTC),Door,Device,State,Holder,Outcome when replayed,futureColumn');
    expect(rows).toEqual(relayCsv.split('\r\n').slice(1));
  });

  it('writes German headers after a change of language', async () => {
    await toolMessagesReady();
    await loadLanguage('de');
    const [header] = localizeRelayCsv(relayCsv).split('\r\n');
    expect(header).toBe(
      'Gescannt am (UTC),Eingang,Gerät,Status,Inhaber,Ergebnis beim Nachsenden,futureColumn',
    );
  });

  it('leaves text that is not the relay’s header alone', () => {
    expect(localizeRelayCsv('')).toBe('');
    expect(localizeRelayCsv('"quoted",door\r\n1,2')).toBe('"quoted",door\r\n1,2');
  });
});
