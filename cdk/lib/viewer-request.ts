/**
 * The source of the CloudFront viewer-request function (cloudfront-js-2.0) in front of the site:
 * `/releases/latest/...` redirects to the current release's files; a directory path is served from
 * its `index.html`, as Astro builds it; a page path without a trailing slash or a file extension
 * gets one, so every page has exactly one URL. Only a plain path is redirected: one that starts
 * with a single slash and holds no backslash or control character, since a browser reads `//host`,
 * `/\host` and `/<tab>/host` as another site; anything else goes to the bucket, which has no such page.
 */
export function viewerRequestSource(currentRelease: string): string {
  return `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.indexOf('/releases/latest/') === 0) {
    return redirect(302, '/releases/${currentRelease}/' + uri.slice('/releases/latest/'.length));
  }
  if (uri.charAt(uri.length - 1) === '/') {
    request.uri = uri + 'index.html';
    return request;
  }
  var last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1 && /^\\/[^\\/\\\\]/.test(uri) && !/[\\\\\\u0000-\\u001f\\u007f]/.test(uri)) {
    return redirect(301, uri + '/');
  }
  return request;
}

function redirect(status, location) {
  return {
    statusCode: status,
    statusDescription: status === 301 ? 'Moved Permanently' : 'Found',
    headers: { location: { value: location } },
  };
}
`;
}
