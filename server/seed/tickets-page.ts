/** A printable, self-contained HTML page of QR codes (inline SVG), so a person can scan real tickets. */
import QRCode from 'qrcode';

export interface PrintableTicket {
  token: string;
  holderName: string;
  ticketTypeName: string;
  orderNumber: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function card(ticket: PrintableTicket): Promise<string> {
  const svg = await QRCode.toString(ticket.token, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `<figure>${svg}<figcaption><strong>${escapeHtml(ticket.holderName)}</strong><br>${escapeHtml(ticket.ticketTypeName)} · ${escapeHtml(ticket.orderNumber)}</figcaption></figure>`;
}

/** The whole page for one event. */
export async function ticketsPage(eventName: string, tickets: PrintableTicket[]): Promise<string> {
  const cards = await Promise.all(tickets.map(card));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tickets: ${escapeHtml(eventName)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 1rem; }
figure { margin: 0; padding: .5rem; border: 1px dashed #999; text-align: center; break-inside: avoid; }
svg { width: 100%; height: auto; }
figcaption { font-size: .8rem; }
@media print { h1 + p { display: none; } }
</style></head><body>
<h1>${escapeHtml(eventName)}</h1>
<p>Demo tickets from the Caldasa sandbox. Scan them with Caldasa Door; each code can be redeemed once.</p>
<main>${cards.join('\n')}</main>
</body></html>
`;
}
