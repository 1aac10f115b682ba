import { describe, expect, it } from 'vitest';
import type { ScanFact } from '../../lib/scan-types';
import { csvCell, scansToCsv } from './scans-csv';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Door A, north')).toBe('"Door A, north"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes one line per scan with its verdict', () => {
    const fact: ScanFact = {
      scanId: 's1',
      token: '=evil',
      eventId: 'e1',
      door: 'Door A',
      override: false,
      notes: null,
      scannedAt: '2030-05-01T19:00:00.000Z',
      attempts: 2,
      firstAttemptAt: '2030-05-01T19:00:00.000Z',
      nextAttemptAt: null,
      state: 'done',
      result: {
        outcome: 'Redeemed',
        ticketId: 't',
        holderName: 'Ada, Countess',
        ticketTypeName: 'VIP',
        previouslyRedeemedAt: null,
        previouslyRedeemedByUserId: null,
        previouslyRedeemedAtDoor: null,
        message: null,
      },
      lastError: null,
      reviewedAt: null,
      source: 'camera',
    };
    const [header, line, end] = scansToCsv([fact]).split('\r\n');
    expect(header?.startsWith('Scan id,Scanned at (UTC),Event id,Door,Ticket code,')).toBe(true);
    expect(header?.split(',')).toHaveLength(19);
    expect(line).toBe(
      's1,2030-05-01T19:00:00.000Z,e1,Door A,\'=evil,camera,false,done,Redeemed,"Ada, Countess",VIP,,,,2,2030-05-01T19:00:00.000Z,,,',
    );
    expect(end).toBe('');
  });
});
