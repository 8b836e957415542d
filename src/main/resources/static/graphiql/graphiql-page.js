// GraphiQL on the service's own assets (a file, not an inline script: the pages' CSP allows only 'self').
(function () {
  var root = document.getElementById('graphiql');
  if (typeof GraphiQL === 'undefined' || typeof React === 'undefined' || typeof ReactDOM === 'undefined') {
    root.innerHTML = '<p id="graphiql-error">GraphiQL 资源未加载（构建时是否跳过了前端？-DskipFrontend）<br>'
      + 'GraphiQL assets did not load (was the build run with -DskipFrontend?)</p>';
    return;
  }
  // Same-origin endpoint, so the page works behind any context path the proxy adds before /graphiql.
  var base = location.pathname.replace(/\/graphiql(\/.*)?$/, '');
  // The page's session is the login's; a POST needs the CSRF token of the XSRF-TOKEN cookie.
  function csrfToken() {
    var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }
  var fetcher = GraphiQL.createFetcher({
    url: base + '/graphql',
    fetch: function (url, options) {
      var headers = Object.assign({}, options && options.headers,
        { 'X-XSRF-TOKEN': csrfToken(), 'X-Requested-With': 'fetch' });
      return fetch(url, Object.assign({}, options, { headers: headers, credentials: 'same-origin' }));
    }
  });
  var defaultQuery = [
    '# liangxin-graph · GraphQL',
    '# Ctrl+Enter 执行 / run',
    '{',
    '  parks {',
    '    id',
    '    name',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true })
  );
})();
