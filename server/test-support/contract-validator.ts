/**
 * Validates response bodies against the contracts: loads both OpenAPI documents into Ajv (with
 * ajv-formats), follows response-level $refs by hand, and compiles one validator per operation,
 * status and content type on first use.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { loadContract } from '../contract.ts';

interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Record<string, { $ref?: string }> }>
  >;
  components?: { responses?: Record<string, unknown> };
}

const DOCS = ['caldasa', 'sandbox'] as const;

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export class ContractValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly operations = new Map<
    string,
    { doc: string; responses: Record<string, { $ref?: string }>; pointer: string }
  >();
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor() {
    addFormats.default(this.ajv);
    for (const name of DOCS) {
      const doc = loadContract(name) as OpenApiDoc;
      this.ajv.addSchema(doc, name);
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (!operation.operationId) continue;
          const pointer = `/paths/${escapePointer(path)}/${method}/responses`;
          this.operations.set(operation.operationId, {
            doc: name,
            responses: operation.responses ?? {},
            pointer,
          });
        }
      }
    }
  }

  private validatorFor(
    operationId: string,
    status: number,
    contentType: string,
  ): ValidateFunction | null | undefined {
    const key = `${operationId} ${status} ${contentType}`;
    if (this.compiled.has(key)) return this.compiled.get(key);
    const operation = this.operations.get(operationId);
    const response = operation?.responses[String(status)];
    if (!operation || !response) return undefined;
    const base = response.$ref ? response.$ref.slice(1) : `${operation.pointer}/${status}`;
    const schemaRef = `${operation.doc}#${base}/content/${escapePointer(contentType)}/schema`;
    let validate: ValidateFunction | null;
    try {
      validate = this.ajv.compile({ $ref: schemaRef });
    } catch {
      validate = null; // the contract declares no body of this content type for this status
    }
    this.compiled.set(key, validate);
    return validate;
  }

  /** The reasons `body` breaks the contract for this answer; empty when it conforms. */
  check(operationId: string | undefined, status: number, contentType: string, body: unknown): string[] {
    const operationLabel = operationId ?? '(no operation)';
    if (!operationId) {
      return this.checkProblem(status, contentType, body, operationLabel);
    }
    const validate = this.validatorFor(operationId, status, contentType);
    if (validate === undefined)
      return [`${operationLabel}: status ${status} is not declared in the contract`];
    if (validate === null)
      return body === undefined ? [] : [`${operationLabel} ${status}: no ${contentType} body is declared`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${operationLabel} ${status}: ${e.instancePath || '/'} ${e.message ?? e.keyword}`,
    );
  }

  /** Answers outside any operation (an unknown route) must be problems. */
  private checkProblem(status: number, contentType: string, body: unknown, label: string): string[] {
    if (contentType !== 'application/problem+json')
      return [`${label} ${status}: content type ${contentType} is not a problem`];
    const validate = this.ajv.getSchema('caldasa#/components/schemas/ProblemDetails');
    if (!validate || validate(body)) return [];
    return [`${label} ${status}: not a ProblemDetails body`];
  }
}
