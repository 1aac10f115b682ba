import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';

const api = () => sandboxApi();

test('wrong event, cancelled order, unknown token and garbage each show their reason, and scanning goes on', async ({
  camera,
}) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: 'Refusals here' });
  const other = await api().openEvent({ name: 'Refusals elsewhere' });
  const [otherTicket] = (await api().purchase(other.eventId, other.ticketTypeId)).tickets;
  const cancelledOrder = await api().purchase(eventId, ticketTypeId, 1, 'Cancelled Guest');
  await api().cancelOrder(eventId, cancelledOrder.orderId);
  const [valid] = (await api().purchase(eventId, ticketTypeId, 1, 'Valid Guest')).tickets;
  const codes = [
    otherTicket!.token,
    cancelledOrder.tickets[0]!.token,
    'ZZunknownTokenZZ12345',
    'hello world! this is not a ticket',
    valid!.token,
  ];
  const page = await camera.open([
    { seconds: 1 },
    ...codes.flatMap((qr) => [{ qr, seconds: 1.5 }, { seconds: 1 }]),
    { seconds: 10 },
  ]);
  await openDoor(page, { eventId, door: 'South' });

  const scans = page.getByRole('list', { name: 'Last scans' }).getByRole('listitem');
  await expect(scans).toHaveText(
    [
      /Admitted Valid Guest/,
      /Refused Unknown ticket/,
      /Refused Unknown ticket/,
      /Refused This ticket was cancelled/,
      /Refused This ticket is for another event/,
    ],
    { timeout: 20_000 },
  );
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
});

test('a 5 kB code is refused on screen without being sent, and the next code is read', async ({ camera }) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: 'Huge code' });
  const [valid] = (await api().purchase(eventId, ticketTypeId, 1, 'After Huge')).tickets;
  // Digits pack densest into a QR code: 5,000 characters still fit (version 36).
  const huge = '7'.repeat(5_000);
  const page = await camera.open(
    [
      { seconds: 1 },
      { qr: huge, seconds: 2 },
      { seconds: 1 },
      { qr: valid!.token, seconds: 1.5 },
      { seconds: 4 },
    ],
    { width: 1280, height: 720, fps: 5 },
  );
  await openDoor(page, { eventId, door: 'West' });

  const refusal = 'This code has 5,000 characters; a ticket code has at most 512.';
  await expect(page.getByRole('dialog', { name: 'Refused' })).toContainText(refusal, { timeout: 20_000 });
  await expect(page.getByRole('list', { name: 'Last scans' }).getByRole('listitem').first()).toHaveText(
    /Admitted After Huge/,
    { timeout: 20_000 },
  );
  const audit = await api().scanAudit(eventId);
  expect(audit.map((entry) => entry.outcome)).toEqual(['Redeemed']);
});
