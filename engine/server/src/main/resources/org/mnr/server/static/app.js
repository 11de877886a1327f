// The workspace's only script: builds the evidence from the form, has the server score it as it is
// typed, keeps an unsaved draft in this browser, and saves with the version it read.
(function () {
  'use strict';
  var form = document.getElementById('assessment');
  if (!form) {
    return;
  }
  var saveName = form.dataset.save;
  var draftKey = 'mnr-draft:' + location.pathname + ':' + saveName;
  var etag = form.dataset.etag;
  var exists = form.dataset.exists === 'true';
  var timer = null;
  var sequence = 0;
  // The page's words in its language, and the packs' texts in it, as the server wrote them into the page.
  var page = JSON.parse(document.body.dataset.words);

  // The words for a key with {0}, {1}... replaced by the arguments, as the server's bundles write them.
  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var words = page.words[key];
    if (words === undefined) {
      throw new Error('the page has no words for ' + key);
    }
    return words.replace(/\{(\d+)\}/g, function (all, n) { return n < args.length ? String(args[n]) : all; });
  }

  function levelName(level, given) {
    return page.levels[level] || given;
  }

  function text(node, value) {
    node.textContent = value;
  }

  function keyValue(div) {
    var type = div.dataset.type;
    if (type === 'set') {
      var members = Array.prototype.filter.call(div.querySelectorAll('.member'), function (m) { return m.checked; })
        .map(function (m) { return m.value; });
      if (members.length > 0) {
        return members;
      }
      return div.querySelector('.none').checked ? [] : null;
    }
    var raw = div.querySelector('.value').value;
    if (raw === '') {
      return null;
    }
    if (type === 'boolean') {
      return raw === 'true';
    }
    if (type === 'number') {
      var n = Number(raw);
      // A number the browser cannot read is sent as typed, so the server's message names it.
      return isFinite(n) ? n : raw;
    }
    return raw;
  }

  // The evidence as the form holds it, and which key each item index stands for.
  function evidence() {
    var items = [];
    var keys = [];
    document.querySelectorAll('.key').forEach(function (div) {
      var value = keyValue(div);
      var source = div.querySelector('.source').value.trim();
      var note = div.querySelector('.note').value.trim();
      var confidence = div.querySelector('.confidence').value;
      if (value === null && source === '' && note === '' && confidence === '') {
        return;
      }
      var item = { key: div.dataset.key, value: value };
      if (source !== '') { item.source = source; }
      if (note !== '') { item.note = note; }
      if (confidence !== '') { item.confidence = confidence; }
      items.push(item);
      keys.push(div.dataset.key);
    });
    var country = { code: document.getElementById('country-code').value.trim().toUpperCase() };
    var name = document.getElementById('country-name').value.trim();
    if (name !== '') { country.name = name; }
    var memberships = Array.prototype.filter.call(document.querySelectorAll('.membership'), function (m) { return m.checked; })
      .map(function (m) { return m.value; });
    if (memberships.length > 0) { country.memberships = memberships; }
    var doc = { country: country, assessedOn: document.getElementById('assessed-on').value };
    // Who assessed, for whom, draft or final: saved with the evidence, so that every report shows it.
    var assessment = {};
    var assessor = document.getElementById('assessor').value.trim();
    var organisation = document.getElementById('organisation').value.trim();
    var status = document.getElementById('status-choice').value;
    if (assessor !== '') { assessment.assessor = assessor; }
    if (organisation !== '') { assessment.organisation = organisation; }
    if (status !== '') { assessment.status = status; }
    if (Object.keys(assessment).length > 0) { doc.assessment = assessment; }
    doc.evidence = items;
    return { doc: doc, keys: keys };
  }

  function request(method, url, body, headers) {
    var all = { 'Content-Type': 'application/json', 'X-MNR-Request': '1' };
    Object.keys(headers || {}).forEach(function (h) { all[h] = headers[h]; });
    return fetch(url, { method: method, headers: all, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin' });
  }

  function clearProblems() {
    document.querySelectorAll('.field-problem').forEach(function (p) { text(p, ''); });
    document.querySelectorAll('.key.invalid').forEach(function (d) { d.classList.remove('invalid'); });
    text(document.getElementById('request-problems'), '');
  }

  // Each problem beside its field: the pointer /evidence/N/... names the N-th item sent.
  function showProblems(problems, keys) {
    clearProblems();
    var general = document.getElementById('request-problems');
    problems.forEach(function (problem) {
      var pointer = problem.place ? problem.place.pointer : '';
      var line = problem.message + (problem.hint ? '; ' + problem.hint : '');
      var match = /^\/evidence\/(\d+)/.exec(pointer);
      var slot = null;
      if (match && keys[Number(match[1])]) {
        var key = keys[Number(match[1])];
        slot = document.querySelector('.field-problem[data-for="' + CSS.escape(key) + '"]');
        var div = slot && slot.closest('.key');
        if (div) { div.classList.add('invalid'); }
      } else if (/^\/(country|assessedOn)/.test(pointer)) {
        slot = document.querySelector('.field-problem[data-for="country"]');
        line = t('js.field', pointer.substring(1), line);
      }
      if (slot) {
        text(slot, slot.textContent ? slot.textContent + ' ' + line : line);
      } else {
        var li = document.createElement('li');
        text(li, problem.text || line);
        general.appendChild(li);
      }
    });
  }

  // In the reports' words: "Not assessed" while no criterion is settled, else the level with the highest it
  // could reach while evidence is missing ("1 Building, up to 3 Established"), else the level alone.
  function levelText(c) {
    if (c.coverage === 0) {
      return t('level.not-assessed');
    }
    var level = c.level + ' ' + levelName(c.level, c.levelName);
    return c.levelMax > c.level ? t('level.range', level, c.levelMax + ' ' + levelName(c.levelMax, c.levelMaxName)) : level;
  }

  function scoreText(score, scoreMax) {
    return scoreMax > score ? t('score.range', decimal(score), decimal(scoreMax)) : decimal(score);
  }

  // As the server writes it (Pages.score): one decimal, the page's language's separator.
  function decimal(number) {
    return number.toFixed(1).replace('.', t('score.decimal-separator'));
  }

  function showResult(result) {
    text(document.getElementById('overall'), scoreText(result.overall.score, result.overall.scoreMax));
    result.capabilities.forEach(function (c) {
      var p = document.getElementById('result-' + c.id);
      if (!p) { return; }
      text(p.querySelector('.level'), levelText(c));
      p.dataset.provisional = c.levelMax > c.level ? 'true' : 'false';
      p.dataset.assessed = c.coverage > 0 ? 'true' : 'false';
      text(p.querySelector('.coverage'), Math.round(c.coverage * 100) + '%');
      text(p.querySelector('.confidence'), c.confidence ? t('confidence.' + c.confidence) : t('confidence.none'));
      text(p.querySelector('.next'), c.next ? t('next.to-reach', c.next.level + ' ' + levelName(c.next.level, c.next.name), c.next.blocking.join(', '))
        : t('next.mature'));
    });
  }

  function markUnscored() {
    text(document.getElementById('overall'), '-');
    text(document.getElementById('status'), t('js.not-scored'));
  }

  function score() {
    var built = evidence();
    var mine = ++sequence;
    request('POST', '/api/assess', built.doc).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (answer) {
      if (mine !== sequence) { return; }
      if (answer.status === 200) {
        clearProblems();
        showResult(answer.body);
        var status = document.getElementById('status');
        if (status.textContent === t('js.not-scored')) {
          text(status, exists ? t('js.changed', saveName) : t('js.new'));
        }
      } else {
        markUnscored();
        showProblems(answer.body.problems || [], built.keys);
      }
    }).catch(function () {
      if (mine === sequence) { text(document.getElementById('status'), t('js.unreachable')); }
    });
  }

  // ---- the draft: every control's state, by element, kept until it is saved

  function controls() {
    return form.querySelectorAll('input, select');
  }

  function snapshot() {
    return Array.prototype.map.call(controls(), function (c) { return c.type === 'checkbox' ? c.checked : c.value; });
  }

  function restore(state) {
    var all = controls();
    if (!state || state.length !== all.length) { return false; }
    all.forEach(function (c, i) {
      if (c.type === 'checkbox') { c.checked = state[i] === true; } else { c.value = state[i]; }
    });
    return true;
  }

  var saved = JSON.stringify(snapshot());

  function keepDraft() {
    var now = JSON.stringify(snapshot());
    if (now === saved) {
      localStorage.removeItem(draftKey);
      document.getElementById('draft').hidden = true;
    } else {
      localStorage.setItem(draftKey, JSON.stringify({ etag: etag, state: JSON.parse(now) }));
      var d = document.getElementById('draft');
      text(d, t('js.draft'));
      d.hidden = false;
    }
  }

  function changed() {
    keepDraft();
    clearTimeout(timer);
    timer = setTimeout(score, 250);
  }

  function save() {
    var built = evidence();
    var headers = exists ? { 'If-Match': etag } : { 'If-None-Match': '*' };
    text(document.getElementById('status'), t('js.saving'));
    request('PUT', '/api/workspace/files/' + encodeURIComponent(saveName), built.doc, headers).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (answer) {
      var status = document.getElementById('status');
      if (answer.status === 200) {
        etag = answer.body.etag;
        exists = true;
        form.dataset.etag = etag;
        saved = JSON.stringify(snapshot());
        localStorage.removeItem(draftKey);
        document.getElementById('draft').hidden = true;
        document.getElementById('downloads').dataset.ready = 'true';
        text(status, t('js.saved', saveName));
        status.className = 'status ok';
      } else if (answer.status === 412) {
        var problem = answer.body.problems[0] || {};
        var hint = problem.hint || '';
        text(status, problem.message + '. ' + hint.charAt(0).toUpperCase() + hint.substring(1) + '.');
        status.className = 'status conflict';
      } else {
        text(status, t('js.not-saved'));
        status.className = 'status error';
        showProblems(answer.body.problems || [], built.keys);
      }
    }).catch(function () {
      text(document.getElementById('status'), t('js.not-saved.unreachable'));
    });
  }

  function plan() {
    var out = document.getElementById('plan');
    request('POST', '/api/plan?top=5', evidence().doc).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (answer) {
      text(out, '');
      out.hidden = false;
      var h = document.createElement('h2');
      text(h, t('js.plan'));
      out.appendChild(h);
      if (answer.status !== 200) {
        var p = document.createElement('p');
        text(p, t('js.plan.problems'));
        out.appendChild(p);
        return;
      }
      var actions = document.createElement('ol');
      answer.body.actions.forEach(function (a) {
        var li = document.createElement('li');
        var levels = a.levels.map(function (l) { return t('js.plan.level', l.capability, l.from, l.to); }).join(', ');
        text(li, t('js.plan.action', a.key, JSON.stringify(a.value), levels || t('js.plan.no-level'), a.overallScore.toFixed(1),
          a.overallGain.toFixed(1)));
        actions.appendChild(li);
      });
      var intro = document.createElement('p');
      text(intro, answer.body.actions.length ? t('js.plan.intro') : t('js.plan.none'));
      out.appendChild(intro);
      out.appendChild(actions);
      answer.body.gaps.forEach(function (g) {
        var p = document.createElement('p');
        text(p, t('js.plan.gap', g.capability, page.capabilities[g.capability] || g.name, g.level, g.nextLevel,
          g.blockers.map(function (b) { return b.criterion + ' (' + (page.criteria[b.criterion] || b.title) + ')'; }).join(t('js.semicolon'))));
        out.appendChild(p);
      });
    });
  }

  var draft = localStorage.getItem(draftKey);
  if (draft) {
    var kept = JSON.parse(draft);
    if (restore(kept.state)) {
      var d = document.getElementById('draft');
      text(d, kept.etag === etag ? t('js.restored') : t('js.restored.changed'));
      d.hidden = false;
    }
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('save').addEventListener('click', save);
  document.getElementById('plan-button').addEventListener('click', plan);
  score();
}());
