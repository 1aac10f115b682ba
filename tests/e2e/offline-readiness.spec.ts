/** The readiness check before doors open: a live camera decode, storage, the queue, the clock, the server. */
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';

test('the readiness check reads a code with the camera and reports the device ready', async ({ camera }) => {
  const { eventId } = await sandboxApi().openEvent({ name: 'Readiness' });
  const page = await camera.open([{ seconds: 0.5 }, { qr: 'READINESS-TEST-CODE', seconds: 3 }]);
  await openDoor(page, { eventId, door: 'North' });
  // Straight to the screen: on the scan screen the camera would read the test code first and show a verdict.
  await page.goto(new URL('/readiness', page.url()).href);
  await expect(page.getByRole('heading', { name: 'Ready for doors?' })).toBeVisible();

  const checks = page.getByRole('list', { name: 'Readiness checks' });
  const check = (name: string) => checks.getByRole('listitem').filter({ hasText: name });
  await expect(check('Scan queue')).toContainText('No scan waits to sync.');
  await expect(check('Clock')).toContainText('OK');
  await expect(check('Online')).toContainText('The server answers.');

  await page.getByRole('button', { name: 'Test the camera' }).click();
  await expect(check('Camera and decoding')).toContainText('read a code (19 characters)', {
    timeout: 20_000,
  });
  await expect(check('Torch')).not.toContainText('Not run yet.');
});
