import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import {
  CONTENT_SECURITY_POLICY,
  FRAME_OPTIONS,
  REFERRER_POLICY,
  STRICT_TRANSPORT_SECURITY,
} from '../../functions/http/security-headers.ts';

/** The member of a CloudFront option list whose value is `value`; a value CloudFront does not offer stops the synth. */
function option<E extends Record<string, string>>(options: E, value: string): E[keyof E] {
  const found = Object.values(options).find((v) => v === value);
  if (found === undefined) throw new Error(`CloudFront offers no "${value}"; it offers ${Object.values(options)}`);
  return found as E[keyof E];
}

/** The security headers CloudFront adds to every response, pages and API alike (functions/http/security-headers.ts). */
export const securityHeadersPolicy = (scope: Construct, id: string) =>
  new ResponseHeadersPolicy(scope, id, {
    comment: 'Strict CSP, HSTS, nosniff, no framing, strict-origin referrer',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(STRICT_TRANSPORT_SECURITY.maxAgeDays),
        includeSubdomains: STRICT_TRANSPORT_SECURITY.includeSubdomains,
        preload: STRICT_TRANSPORT_SECURITY.preload,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: option(HeadersFrameOption, FRAME_OPTIONS), override: true },
      referrerPolicy: { referrerPolicy: option(HeadersReferrerPolicy, REFERRER_POLICY), override: true },
    },
  });
