// GitHub's error shapes. Every refusal the emulator makes — over HTTP or from a UI action — is an
// ApiError carrying the status and the JSON body GitHub would send.

export const DOCS = 'https://docs.github.com/rest';

export interface ValidationDetail {
  resource: string;
  field?: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
  value?: unknown;
}

export interface ErrorBody {
  message: string;
  documentation_url: string;
  errors?: ValidationDetail[];
  status: string;
}

export class ApiError extends Error {
  readonly headers: Record<string, string>;

  constructor(
    readonly status: number,
    /** GitHub's `message` ("Validation Failed", "Not Found", …). */
    readonly apiMessage: string,
    readonly errors?: ValidationDetail[],
    headers: Record<string, string> = {},
  ) {
    // The Error's own message also spells out each problem, for whoever catches it from a UI action.
    super(errors && errors.length > 0 ? `${apiMessage}: ${errors.map(describe).join('; ')}` : apiMessage);
    this.name = 'ApiError';
    this.headers = headers;
  }

  get body(): ErrorBody {
    return {
      message: this.apiMessage,
      documentation_url: DOCS,
      ...(this.errors ? { errors: this.errors } : {}),
      status: String(this.status),
    };
  }
}

const describe = (e: ValidationDetail): string => e.message ?? `${e.resource}.${e.field ?? ''} ${e.code}`;

export const notFound = (message = 'Not Found'): ApiError => new ApiError(404, message);

export const forbidden = (message: string): ApiError => new ApiError(403, message);

/** 422 with GitHub's `Validation Failed` body and one entry per problem. */
export const validationFailed = (...errors: ValidationDetail[]): ApiError =>
  new ApiError(422, 'Validation Failed', errors);

/** 422 whose message is the problem itself (GitHub uses this for refs, merges and dispatches). */
export const unprocessable = (message: string): ApiError => new ApiError(422, message);

export const GITHUB_LIMITS = {
  body: 65_536,
  labelName: 50,
  labelDescription: 100,
  assignees: 10,
  dispatchInputs: 25,
  /** repository_dispatch: `event_type` length and `client_payload` top-level keys. */
  dispatchEventType: 100,
  clientPayloadKeys: 10,
} as const;

export function checkBody(resource: string, body: unknown, field = 'body'): void {
  if (typeof body === 'string' && body.length > GITHUB_LIMITS.body) {
    throw validationFailed({
      resource,
      field,
      code: 'custom',
      message: `${field} is too long (maximum is ${GITHUB_LIMITS.body} characters)`,
    });
  }
}
