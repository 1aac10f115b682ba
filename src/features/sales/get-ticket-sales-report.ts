/** GET /events/{eventId}/sales-report: totals, per ticket type, and check-ins per 5 minutes. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CaldasaClient } from '../../lib/api/api-client';
import { parseAnswer } from '../../lib/api/tolerant-schema';
import { useApiClient } from '../../lib/api/use-api-client';
import { parseSalesReport, type SalesReport } from './parse-sales-report';
import { salesKeys } from './sales-keys';

export type { CheckInBucket, SalesReport, SalesTier } from './parse-sales-report';

/** While the event is on, check-ins arrive all the time: the report refreshes this often. */
export const LIVE_REFRESH_MS = 15_000;

export async function getTicketSalesReport(client: CaldasaClient, eventId: string): Promise<SalesReport> {
  const result = await callApi(() =>
    client.GET('/events/{eventId}/sales-report', { params: { path: { eventId } } }),
  );
  if (!result.ok) throw new Error(result.failure.message, { cause: result.failure });
  return parseAnswer(result.data, parseSalesReport, 'the sales report');
}

export function getTicketSalesReportQueryOptions(client: CaldasaClient, eventId: string, live: boolean) {
  return queryOptions({
    queryKey: salesKeys.report(eventId),
    queryFn: () => getTicketSalesReport(client, eventId),
    // Numbers move with every sale and scan; opening the page always asks again.
    staleTime: 0,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });
}

/** The report; `live` (the event is on) turns on the 15-second refresh. */
export function useTicketSalesReport(eventId: string, live: boolean) {
  const client = useApiClient();
  return useQuery({ ...getTicketSalesReportQueryOptions(client!, eventId, live), enabled: client !== null });
}
