import { describe, expect, it } from 'vitest';
import { salesKeys } from './sales-keys';

describe('sales query keys', () => {
  it("gives each event's report its own key under the reports prefix", () => {
    expect(salesKeys.report('e1').slice(0, 2)).toEqual([...salesKeys.reports()]);
    expect(salesKeys.report('e1')).not.toEqual(salesKeys.report('e2'));
    expect(salesKeys.report('e1')).toEqual(salesKeys.report('e1'));
  });
});
