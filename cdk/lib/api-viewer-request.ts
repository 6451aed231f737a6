import { MEDIA_TYPES } from '../../functions/http/format.ts';
import { ALLOWED_METHODS, problemDocument, problemHeaders, problems } from '../../functions/http/problems.ts';

/** Stand-ins, in the 405 problem document written at synth time, for what only the request knows. */
const METHOD = '{method}';
const INSTANCE = '{instance}';

/** The 405 problem response of the API, with METHOD and INSTANCE to fill in, as CloudFront Functions writes one. */
function methodNotAllowedTemplate() {
  const problem = problems.methodNotAllowed(METHOD);
  const headers = Object.fromEntries(
    Object.entries(problemHeaders(problem)).map(([name, value]) => [name.toLowerCase(), { value }]),
  );
  return {
    statusCode: problem.status,
    statusDescription: 'Method Not Allowed',
    headers,
    body: JSON.stringify(problemDocument(problem, INSTANCE)),
  };
}

/**
 * The source of the CloudFront viewer-request function (cloudfront-js-2.0) in front of the API (`/v1/*`):
 *
 * - A method the read-only API does not allow is answered here with the API's own 405 problem
 *   document (`problems.methodNotAllowed`, written at synth time), so that a request with a body
 *   never reaches the Function URL, whose Origin Access Control cannot sign one.
 * - `Accept`, part of the cache key, is rewritten to one of a few canonical values that the API's
 *   `chooseFormat` (negotiator) reads exactly as it reads the original, whatever formats a route
 *   offers: the ranking of JSON, CSV and HTML the header makes, cut after JSON, which every route
 *   offers first. A header under which JSON wins is removed (no Accept means JSON). The parsing
 *   repeats negotiator 1.1's own (content-type 2.1), quirks included; test/cdk/api-viewer-request.test.ts
 *   checks it against negotiator on random and real headers.
 */
export function apiViewerRequestSource(): string {
  return `var ALLOWED_METHODS = ${JSON.stringify(ALLOWED_METHODS)};
var METHOD_NOT_ALLOWED = ${JSON.stringify(methodNotAllowedTemplate())};
var MEDIA_TYPES = ${JSON.stringify(Object.values(MEDIA_TYPES))};

function handler(event) {
  var request = event.request;
  if (ALLOWED_METHODS.indexOf(request.method) === -1) return methodNotAllowed(request);
  var accept = request.headers.accept;
  if (accept) {
    var values = accept.multiValue ? accept.multiValue.map(function (v) { return v.value; }) : [accept.value];
    var canonical = canonicalAccept(values.join(','));
    if (canonical === null) delete request.headers.accept;
    else request.headers.accept = { value: canonical };
  }
  return request;
}

function methodNotAllowed(request) {
  var query = Object.keys(request.querystring).map(function (name) {
    var parameter = request.querystring[name];
    var values = parameter.multiValue ? parameter.multiValue : [parameter];
    return values.map(function (v) { return name + '=' + v.value; }).join('&');
  }).join('&');
  var fill = function (text, stand, value) { return text.split(stand).join(JSON.stringify(value).slice(1, -1)); };
  var body = fill(fill(METHOD_NOT_ALLOWED.body, ${JSON.stringify(METHOD)}, request.method),
    ${JSON.stringify(INSTANCE)}, request.uri + (query ? '?' + query : ''));
  return {
    statusCode: METHOD_NOT_ALLOWED.statusCode,
    statusDescription: METHOD_NOT_ALLOWED.statusDescription,
    headers: METHOD_NOT_ALLOWED.headers,
    body: { encoding: 'text', data: body },
  };
}

function canonicalAccept(header) {
  if (header.trim() === '') return null;
  var accepts = parseAccept(header);
  var ranked = MEDIA_TYPES.map(function (media, index) { return priority(media, accepts, index); })
    .filter(function (p) { return p.q > 0; })
    .sort(function (a, b) { return (b.q - a.q) || (b.s - a.s) || (a.o - b.o) || (a.i - b.i) || 0; });
  var kept = [];
  for (var k = 0; k < ranked.length; k++) {
    kept.push(MEDIA_TYPES[ranked[k].i]);
    if (ranked[k].i === 0) break;
  }
  if (kept.length === 0) return '*/*;q=0';
  if (kept[0] === MEDIA_TYPES[0]) return null;
  return kept.map(function (media, n) { return n === 0 ? media : media + ';q=' + (10 - n) / 10; }).join(',');
}

function priority(media, accepts, index) {
  var slash = media.indexOf('/');
  var type = media.slice(0, slash);
  var subtype = media.slice(slash + 1);
  var best = { o: -1, q: 0, s: 0, i: index };
  for (var n = 0; n < accepts.length; n++) {
    var spec = accepts[n];
    var s = 0;
    if (spec.type.toLowerCase() == type) s |= 4;
    else if (spec.type != '*') continue;
    if (spec.subtype.toLowerCase() == subtype) s |= 2;
    else if (spec.subtype != '*') continue;
    var keys = Object.keys(spec.params);
    if (keys.length > 0) {
      if (keys.every(function (key) { return spec.params[key] == '*' || spec.params[key] === ''; })) s |= 1;
      else continue;
    }
    var candidate = { o: spec.i, q: spec.q, s: s, i: index };
    if ((best.s - candidate.s || best.q - candidate.q || best.o - candidate.o) < 0) best = candidate;
  }
  return best;
}

function parseAccept(header) {
  var accepts = [];
  var index = 0;
  for (var i = 0; index < header.length; i++) {
    var start = skipSpace(header, index);
    var end = skipValue(header, start);
    var lower = header.slice(start, trimSpace(header, start, end)).toLowerCase();
    var parsed = parseParameters(header, end);
    var type = header.slice(start, start + lower.length);
    var slash = type.indexOf('/');
    if (slash !== -1) {
      var q = parsed.params.q ? parseFloat(parsed.params.q) : 1;
      delete parsed.params.q;
      accepts.push({ type: type.slice(0, slash), subtype: type.slice(slash + 1), params: parsed.params, q: q, i: i });
    }
    index = parsed.index + 1;
  }
  return accepts;
}

function parseParameters(header, index) {
  var params = Object.create(null);
  var len = header.length;
  parameter: while (index < len) {
    if (header.charCodeAt(index) === 44) break;
    index = skipSpace(header, index + 1);
    var keyStart = index;
    while (index < len) {
      var code = header.charCodeAt(index);
      if (code === 44) break parameter;
      if (code === 59) continue parameter;
      if (code === 61) {
        var key = header.slice(keyStart, trimSpace(header, keyStart, index)).toLowerCase();
        index = skipSpace(header, index + 1);
        if (index < len && header.charCodeAt(index) === 34) {
          index++;
          var value = '';
          while (index < len) {
            var c = header.charCodeAt(index++);
            if (c === 34) {
              index = skipValue(header, index);
              if (params[key] === undefined) params[key] = value;
              break;
            }
            if (c === 92 && index < len) {
              value += header[index++];
              continue;
            }
            value += String.fromCharCode(c);
          }
          continue parameter;
        }
        var valueStart = index;
        index = skipValue(header, index);
        if (params[key] === undefined) params[key] = header.slice(valueStart, trimSpace(header, valueStart, index));
        continue parameter;
      }
      index++;
    }
  }
  return { index: index, params: params };
}

function skipValue(text, index) {
  while (index < text.length && text.charCodeAt(index) !== 59 && text.charCodeAt(index) !== 44) index++;
  return index;
}

function skipSpace(text, index) {
  while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  return index;
}

function trimSpace(text, start, end) {
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end;
}
`;
}
