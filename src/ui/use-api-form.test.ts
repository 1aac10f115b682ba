import { afterEach, describe, expect, it } from 'vitest';
import { vCreateEventBody, vUpdateTicketTypeBody } from '../lib/api/caldasa.schemas.gen';
import { loadLanguage } from '../lib/i18n';
import { messageSetReady } from '../lib/i18n/message-sets.test-support';
import { checkWithContract, type FormCheck } from './use-api-form';

const backOfficeMessages = () => messageSetReady('bo');

afterEach(() => loadLanguage('en'));

type Field = 'name' | 'quantity';
const FIELDS = ['name', 'quantity'] as const;
/** A form's own check that reads the text as it is and builds the body, as the real ones do. */
const asTyped = (values: Record<Field, string>): FormCheck<Field, Record<string, unknown>> =>
  values.quantity === 'none'
    ? { ok: false, errors: { quantity: ['Enter a whole number.'] } }
    : { ok: true, body: { name: values.name, quantity: Number(values.quantity) } };

describe("a form's check, then the contract's", () => {
  it('sends a body the contract accepts, unchanged', () => {
    const check = checkWithContract(asTyped, vUpdateTicketTypeBody, FIELDS);
    expect(check({ name: 'Early bird', quantity: '0' })).toEqual({
      ok: true,
      body: { name: 'Early bird', quantity: 0 },
    });
  });

  it("puts the contract's limits on their fields in the person's words, before anything is sent", async () => {
    await backOfficeMessages();
    const check = checkWithContract(asTyped, vUpdateTicketTypeBody, FIELDS);
    expect(check({ name: 'x'.repeat(101), quantity: '2000000' })).toEqual({
      ok: false,
      errors: { name: ['At most 100 characters.'], quantity: ['At most 1,000,000.'] },
      formErrors: [],
    });
    expect(check({ name: 'VIP', quantity: '2.5' })).toMatchObject({
      errors: { quantity: ['Enter a whole number.'] },
    });
    await loadLanguage('de');
    expect(check({ name: 'x'.repeat(101), quantity: '1' })).toMatchObject({
      errors: { name: ['Höchstens 100 Zeichen.'] },
    });
  });

  it("keeps the form's own errors first: the contract looks only at a body the form could build", () => {
    const check = checkWithContract(asTyped, vUpdateTicketTypeBody, FIELDS);
    expect(check({ name: 'x'.repeat(101), quantity: 'none' })).toEqual({
      ok: false,
      errors: { quantity: ['Enter a whole number.'] },
    });
  });

  it('says a breach on a field the form does not show on the form as a whole', async () => {
    await backOfficeMessages();
    // The event contract requires times this little form has no field for.
    const check = checkWithContract(asTyped, vCreateEventBody, FIELDS);
    const result = check({ name: 'Gala', quantity: '5' });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({
      errors: {},
      formErrors: expect.arrayContaining(['This value is not accepted.']),
    });
  });
});
