/*
 * Reflection editor: the draft goes to the server a moment after typing stops, on leaving a field and on
 * demand (PUT /api/v1/reflections/{id}/draft), and sits in localStorage until the server confirmed it. Every
 * save names the revision it started from: when another tab saved in between, the server answers 409 and the
 * learner chooses between the stored text and their own, so nothing is overwritten silently.
 */
(function () {
    'use strict';
    var root = document.getElementById('reflection-editor');
    if (!root) {
        return;
    }
    var api = root.getAttribute('data-api');
    // One buffer per tab (its id lives in sessionStorage, so it survives a reload): two tabs never mix texts.
    var prefix = 'lwp.reflection.' + root.getAttribute('data-reflection') + '.';
    var storeKey = prefix + tabId();
    var revision = Number(root.getAttribute('data-revision'));
    var editable = root.getAttribute('data-editable') === 'true';
    var statusLine = document.getElementById('save-status');
    var conflictBox = document.getElementById('conflict');
    var sections = Array.prototype.slice.call(root.querySelectorAll('.reflection-section'));
    var timer = null;
    var saving = null;
    var stored = null;
    var loggedOut = false;

    function text(name) {
        return root.getAttribute('data-msg-' + name) || '';
    }

    function show(message, kind) {
        statusLine.textContent = message;
        statusLine.className = 'save-status ' + (kind || '');
    }

    function clock() {
        var now = new Date();
        return ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
    }

    function area(section) {
        return section.querySelector('textarea');
    }

    function texts() {
        var all = {};
        sections.forEach(function (s) { all[s.getAttribute('data-section')] = area(s).value; });
        return all;
    }

    function apply(all) {
        sections.forEach(function (s) {
            var key = s.getAttribute('data-section');
            if (Object.prototype.hasOwnProperty.call(all, key)) {
                area(s).value = all[key];
            }
            count(s);
        });
    }

    /** Words as the server counts them: runs of letters and digits, with ' and - inside a word. */
    function words(value) {
        var found = value.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
        return found ? found.length : 0;
    }

    function count(section) {
        var n = words(area(section).value);
        var min = section.getAttribute('data-min');
        var max = section.getAttribute('data-max');
        var line = text('words').replace('{0}', n);
        if (min || max) {
            line += ' (' + (min || 0) + '–' + (max || '∞') + ')';
        }
        var counter = section.querySelector('.word-count');
        counter.textContent = line;
        counter.className = 'word-count' + ((min && n < Number(min)) || (max && n > Number(max)) ? ' outside' : '');
    }

    function tabId() {
        try {
            var id = window.sessionStorage.getItem('lwp.tab');
            if (!id) {
                id = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
                window.sessionStorage.setItem('lwp.tab', id);
            }
            return id;
        } catch (e) {
            return 'tab';
        }
    }

    /** A buffer a closed tab left behind (untouched for a minute), to send on its behalf. */
    function orphan() {
        var found = null;
        try {
            Object.keys(window.localStorage).forEach(function (key) {
                if (key.indexOf(prefix) === 0 && key !== storeKey) {
                    var entry = JSON.parse(window.localStorage.getItem(key) || 'null');
                    if (entry && Date.now() - entry.at > 60000 && (!found || entry.at > found.entry.at)) {
                        found = {key: key, entry: entry};
                    }
                }
            });
        } catch (e) {
            return null;
        }
        if (found) {
            window.localStorage.removeItem(found.key);
        }
        return found && found.entry;
    }

    function readStore() {
        try {
            return JSON.parse(window.localStorage.getItem(storeKey) || 'null');
        } catch (e) {
            return null;
        }
    }

    function writeStore(entry) {
        try {
            if (entry) {
                window.localStorage.setItem(storeKey, JSON.stringify(entry));
            } else {
                window.localStorage.removeItem(storeKey);
            }
        } catch (e) {
            // Storage blocked: the server save still runs.
        }
    }

    function request(method, path, body) {
        return window.fetch(api + path, {
            method: method, credentials: 'same-origin', redirect: 'manual',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
                throw {loggedOut: true};
            }
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (!response.ok) {
                    throw {status: response.status, body: json};
                }
                return json;
            });
        });
    }

    function problem(failure) {
        if (failure && failure.loggedOut) {
            loggedOut = true;
            document.getElementById('logged-out').hidden = false;
            show(text('logged-out'), 'warning');
        } else if (failure && failure.status === 409 && failure.body.error === 'conflict') {
            stored = failure.body;
            conflictBox.hidden = false;
            show(text('conflict'), 'warning');
            conflictBox.focus();
        } else if (failure && failure.status) {
            show(failure.body.error || String(failure.status), 'warning');
        } else {
            show(text('offline'), 'warning');
            schedule(5000);
        }
    }

    /** Saves the buffered draft; resolves when the server has it. */
    function save(force) {
        var entry = readStore();
        if (!entry || loggedOut || !conflictBox.hidden && !force) {
            return Promise.resolve();
        }
        if (saving) {
            return saving.then(function () { return save(force); });
        }
        show(text('saving'));
        saving = request('PUT', '/draft', {sections: entry.sections, baseRevision: entry.baseRevision, force: !!force})
            .then(function (answer) {
                revision = answer.revision;
                var now = readStore();
                if (now && now.at === entry.at) {
                    writeStore(null);
                } else if (now) {
                    now.baseRevision = revision;
                    writeStore(now);
                }
                show(text('saved').replace('{0}', clock()), 'saved');
            }, function (failure) {
                problem(failure);
                throw failure;
            }).finally(function () {
                saving = null;
            });
        return saving.then(function () {
            var rest = readStore();
            return rest && rest.at !== entry.at ? save() : null;
        });
    }

    function schedule(delay) {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { save().catch(function () { /* shown */ }); }, delay);
    }

    function changed() {
        writeStore({sections: texts(), baseRevision: revision, at: Date.now()});
        show(text('saving'));
        schedule(2000);
    }

    sections.forEach(function (s) {
        count(s);
        if (!editable) {
            return;
        }
        area(s).addEventListener('input', function () {
            count(s);
            changed();
        });
        area(s).addEventListener('blur', function () {
            save().catch(function () { /* shown */ });
        });
    });

    document.getElementById('use-stored').addEventListener('click', function () {
        apply(stored.sections);
        revision = stored.revision;
        writeStore(null);
        conflictBox.hidden = true;
        show(text('saved').replace('{0}', clock()), 'saved');
    });
    document.getElementById('keep-mine').addEventListener('click', function () {
        var entry = readStore() || {sections: texts(), at: Date.now()};
        entry.baseRevision = stored.revision;
        writeStore(entry);
        conflictBox.hidden = true;
        save(true).catch(function () { /* shown */ });
    });

    var pending = readStore() || orphan();
    if (pending) {
        writeStore(pending);
    }
    if (pending && JSON.stringify(pending.sections) === JSON.stringify(texts())) {
        // Sent when the page was left (keepalive) and stored already: nothing to replay.
        writeStore(null);
        pending = null;
    }
    if (pending && editable) {
        // Text typed before a reload, a closed tab or an expired session: put it back and send it.
        apply(pending.sections);
        if (pending.baseRevision !== revision) {
            stored = null;
            request('PUT', '/draft', {sections: pending.sections, baseRevision: pending.baseRevision, force: false})
                .then(function (answer) {
                    revision = answer.revision;
                    writeStore(null);
                    show(text('saved').replace('{0}', clock()), 'saved');
                }, problem);
        } else {
            save().catch(function () { /* shown */ });
        }
    } else if (pending) {
        writeStore(null);
    }

    var saveNow = document.getElementById('save-now');
    if (saveNow) {
        saveNow.addEventListener('click', function () {
            writeStore({sections: texts(), baseRevision: (readStore() || {baseRevision: revision}).baseRevision,
                at: Date.now()});
            save().catch(function () { /* shown */ });
        });
    }

    var submit = document.getElementById('submit-reflection');
    if (submit) {
        submit.addEventListener('click', function () {
            submit.disabled = true;
            sections.forEach(function (s) { s.querySelector('.section-error').textContent = ''; });
            document.getElementById('submit-errors').hidden = true;
            if (!readStore()) {
                writeStore({sections: texts(), baseRevision: revision, at: Date.now()});
            }
            save().then(function () {
                show(text('submitting'));
                return request('POST', '/submit', {baseRevision: revision});
            }).then(function () {
                window.location.reload();
            }).catch(function (failure) {
                submit.disabled = false;
                if (failure && failure.status === 422) {
                    Object.keys(failure.body.sections).forEach(function (key) {
                        var section = root.querySelector('.reflection-section[data-section="' + key + '"]');
                        section.querySelector('.section-error').textContent = failure.body.sections[key];
                    });
                    var summary = document.getElementById('submit-errors');
                    summary.textContent = text('limits');
                    summary.hidden = false;
                    show('');
                } else {
                    problem(failure);
                }
            });
        });
    }

    window.addEventListener('pagehide', function () {
        var entry = readStore();
        if (entry && !loggedOut) {
            window.fetch(api + '/draft', {
                method: 'PUT', credentials: 'same-origin', keepalive: true,
                headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({sections: entry.sections, baseRevision: entry.baseRevision, force: false})
            }).catch(function () { /* replayed on the next visit */ });
        }
    });
}());
