/* The API documentation page: the OpenAPI description, read from /openapi as JSON, laid out as
   headings and tables (one section per tag, one per operation). Built with DOM calls only: no
   text from the description is ever parsed as HTML. */
(function () {
  var root = document.getElementById('apiDocs');
  if (!root) {
    return;
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    return node;
  }

  function table(caption, headings, rows) {
    var t = el('table', null, {'class': 'api-table'});
    t.appendChild(el('caption', caption));
    var head = el('tr');
    headings.forEach(function (h) {
      head.appendChild(el('th', h, {scope: 'col'}));
    });
    t.appendChild(el('thead')).appendChild(head);
    var body = t.appendChild(el('tbody'));
    rows.forEach(function (r) {
      var tr = body.appendChild(el('tr'));
      r.forEach(function (cell) {
        tr.appendChild(el('td', cell));
      });
    });
    return t;
  }

  function schemaName(content) {
    var json = content && (content['application/json'] || content['application/problem+json']);
    var schema = json && json.schema;
    if (!schema) {
      return '';
    }
    if (schema.$ref) {
      return schema.$ref.split('/').pop();
    }
    if (schema.type === 'array' && schema.items && schema.items.$ref) {
      return 'list of ' + schema.items.$ref.split('/').pop();
    }
    return schema.type || '';
  }

  function operation(path, method, op) {
    var section = el('section', null, {'class': 'card api-op'});
    var id = (op.operationId || (method + path)).replace(/[^A-Za-z0-9_-]/g, '-');
    section.setAttribute('aria-labelledby', id);
    var h = section.appendChild(el('h3', null, {id: id}));
    h.appendChild(el('code', method.toUpperCase() + ' ' + path));
    if (op.summary) {
      section.appendChild(el('p', op.summary, {'class': 'api-summary'}));
    }
    if (op.description) {
      section.appendChild(el('p', op.description));
    }
    var params = (op.parameters || []).map(function (p) {
      return [p.name, p['in'], p.required ? 'yes' : 'no', p.description || ''];
    });
    if (params.length) {
      section.appendChild(table('Parameters', ['Name', 'In', 'Required', 'What it is'], params));
    }
    if (op.requestBody) {
      section.appendChild(el('p', 'Body: ' + (schemaName(op.requestBody.content) || 'JSON')));
    }
    var answers = Object.keys(op.responses || {}).map(function (code) {
      var r = op.responses[code];
      return [code, r.description || '', schemaName(r.content)];
    });
    if (answers.length) {
      section.appendChild(table('Answers', ['Status', 'Meaning', 'Body'], answers));
    }
    return section;
  }

  function render(api) {
    root.textContent = '';
    if (api.info && api.info.description) {
      root.appendChild(el('p', api.info.description));
    }
    var byTag = {};
    Object.keys(api.paths || {}).sort().forEach(function (path) {
      var item = api.paths[path];
      ['get', 'post', 'put', 'patch', 'delete'].forEach(function (method) {
        var op = item[method];
        if (op) {
          var tag = (op.tags && op.tags[0]) || 'Other';
          (byTag[tag] = byTag[tag] || []).push(operation(path, method, op));
        }
      });
    });
    var tags = Object.keys(byTag).sort();
    var contents = el('ul', null, {'class': 'api-contents'});
    tags.forEach(function (tag, i) {
      var li = contents.appendChild(el('li'));
      li.appendChild(el('a', tag + ' (' + byTag[tag].length + ')', {href: '#tag-' + i}));
    });
    var nav = root.appendChild(el('nav', null, {'aria-label': 'API sections'}));
    nav.appendChild(contents);
    tags.forEach(function (tag, i) {
      root.appendChild(el('h2', tag, {id: 'tag-' + i}));
      byTag[tag].forEach(function (section) {
        root.appendChild(section);
      });
    });
  }

  fetch(root.getAttribute('data-source'), {headers: {Accept: 'application/json'}})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('status ' + r.status);
        }
        return r.json();
      })
      .then(render)
      .catch(function () {
        root.textContent = '';
        root.appendChild(el('p', 'The API description could not be read just now. Reload the'
            + ' page, or open /openapi directly.', {'class': 'error-text', role: 'alert'}));
      });
})();
