/** Everything the handlers use, built once per app around one database connection. */
import type { Db } from './db/database.ts';
import { createAuditReader } from './domain/audit.ts';
import { createEventService } from './domain/events.ts';
import { createOrderService } from './domain/orders.ts';
import { createPurchaseService } from './domain/purchases.ts';
import { createRedeemService } from './domain/redeem.ts';
import { createSalesReporter } from './domain/sales-report.ts';
import { createTenantReader } from './domain/tenant.ts';
import { createTicketTypeService } from './domain/ticket-types.ts';

export function createServices(db: Db) {
  return {
    db,
    tenant: createTenantReader(db),
    events: createEventService(db),
    ticketTypes: createTicketTypeService(db),
    orders: createOrderService(db),
    purchases: createPurchaseService(db),
    redeem: createRedeemService(db),
    salesReport: createSalesReporter(db),
    audit: createAuditReader(db),
  };
}

export type Services = ReturnType<typeof createServices>;
