// Rows that parse but cannot be true: cut short, or a commodity through an entry point that does
// not take it in (the allowed pairs come from the reference catalogue).
import { describe, expect, test } from 'vitest';
import { HEADER, csv, importText, problems } from './import-helpers';

describe('imported rows checked for sense', () => {
  test('a row cut short is rejected with a field count, not read as "not reported"', async () => {
    const outcome = await importText(
      csv(HEADER, '2024-01-01,32.09,rice-milled,PIBC,5,,', '2024-01-02,32.09,rice-milled,PIBC'),
    );
    expect(outcome.report.acceptedRows).toBe(1);
    expect(problems(outcome)).toEqual(['3 - short-row 4→7']);
  });

  test('rice through a fishing port is rejected naming what the port takes', async () => {
    const outcome = await importText(
      csv(
        HEADER,
        '2024-01-01,32.09,rice-milled,PPS-NIZAM-ZACHMAN,5,,',
        '2024-01-01,32.09,fish-marine,PPS-NIZAM-ZACHMAN,5,,',
      ),
    );
    expect(outcome.report.acceptedRows).toBe(1);
    expect(problems(outcome)).toEqual([
      '2 entry_point entry-point-commodity PPS-NIZAM-ZACHMAN / rice-milled→fish',
    ]);
  });
});
