/*
 * Quiz attempt: every answer goes to the server as it is given (PUT /api/v1/attempts/{id}/slots/{n}) and is
 * kept in localStorage until the server confirmed it, so a reload, a closed tab, an expired session or a
 * restarting server loses nothing: the buffer is replayed when the page opens again. The server keeps the
 * newest answer by the browser's clock, so an old replay never overwrites a newer save from another tab.
 */
(function () {
    'use strict';
    var root = document.getElementById('quiz-attempt');
    if (!root) {
        return;
    }
    var api = root.getAttribute('data-api');
    var resultUrl = root.getAttribute('data-result');
    var storeKey = 'lwp.attempt.' + root.getAttribute('data-attempt');
    var statusLine = document.getElementById('save-status');
    var submitButton = document.getElementById('submit-attempt');
    var buffer = readStore();
    var running = null;
    var retryTimer = null;
    var loggedOut = false;
    var submitting = false;

    function text(name) {
        return root.getAttribute('data-msg-' + name) || '';
    }

    function readStore() {
        try {
            return JSON.parse(window.localStorage.getItem(storeKey) || '{}');
        } catch (e) {
            return {};
        }
    }

    function writeStore() {
        try {
            if (Object.keys(buffer).length === 0) {
                window.localStorage.removeItem(storeKey);
            } else {
                window.localStorage.setItem(storeKey, JSON.stringify(buffer));
            }
        } catch (e) {
            // Storage full or blocked: the server save still runs.
        }
    }

    function questions() {
        return Array.prototype.slice.call(root.querySelectorAll('.question[data-slot]'));
    }

    function inputs(q) {
        return Array.prototype.slice.call(q.querySelectorAll('input, select, textarea'));
    }

    function read(q) {
        var type = q.getAttribute('data-type');
        var els = inputs(q);
        if (type === 'multichoice') {
            var chosen = els.filter(function (e) { return e.checked; }).map(function (e) { return Number(e.value); });
            return chosen.length ? {choices: chosen} : {};
        }
        if (type === 'truefalse') {
            var picked = els.filter(function (e) { return e.checked; })[0];
            return picked ? {value: picked.value === 'true'} : {};
        }
        if (type === 'match') {
            var matches = {};
            els.forEach(function (e) { if (e.value) { matches[e.getAttribute('data-sub')] = e.value; } });
            return Object.keys(matches).length ? {matches: matches} : {};
        }
        if (els.length && els[0].value !== '') {
            return {text: els[0].value};
        }
        return {};
    }

    function apply(q, response) {
        var type = q.getAttribute('data-type');
        inputs(q).forEach(function (e) {
            if (type === 'multichoice') {
                e.checked = (response.choices || []).indexOf(Number(e.value)) >= 0;
            } else if (type === 'truefalse') {
                e.checked = response.value !== undefined && String(response.value) === e.value;
            } else if (type === 'match') {
                e.value = (response.matches || {})[e.getAttribute('data-sub')] || '';
            } else {
                e.value = response.text || '';
            }
        });
    }

    function isAnswered(q) {
        return q.getAttribute('data-type') === 'description' || Object.keys(read(q)).length > 0;
    }

    function show(message, kind) {
        statusLine.textContent = message;
        statusLine.className = 'save-status ' + (kind || '');
    }

    function clock() {
        var now = new Date();
        return ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
    }

    function remember(q) {
        buffer[q.getAttribute('data-slot')] = {response: read(q), clientTime: Date.now()};
        writeStore();
        show(text('saving'));
        flush().catch(function () { /* shown by failed() */ });
    }

    function send(url, method, body) {
        return window.fetch(url, {
            method: method, credentials: 'same-origin', redirect: 'manual',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
                throw {loggedOut: true};
            }
            if (response.status === 409) {
                throw {closed: true};
            }
            if (!response.ok) {
                throw {status: response.status};
            }
            return response.json();
        });
    }

    function failed(problem) {
        if (problem && problem.closed) {
            window.localStorage.removeItem(storeKey);
            window.location.assign(resultUrl);
        } else if (problem && problem.loggedOut) {
            loggedOut = true;
            document.getElementById('logged-out').hidden = false;
            show(text('logged-out'), 'warning');
        } else {
            show(text('offline'), 'warning');
            if (!retryTimer) {
                retryTimer = window.setTimeout(function () {
                    retryTimer = null;
                    flush().catch(function () { /* retried */ });
                }, 5000);
            }
        }
    }

    function sendOne(slot) {
        var entry = buffer[slot];
        return send(api + '/slots/' + slot, 'PUT', entry).then(function () {
            if (buffer[slot] && buffer[slot].clientTime === entry.clientTime) {
                delete buffer[slot];
                writeStore();
            }
            show(text('saved').replace('{0}', clock()), 'saved');
        });
    }

    /** Sends the buffered answers, one round at a time; resolves when the buffer is empty. */
    function flush() {
        if (loggedOut) {
            return Promise.reject({loggedOut: true});
        }
        if (running) {
            return running.then(again);
        }
        var slots = Object.keys(buffer);
        if (slots.length === 0) {
            return Promise.resolve();
        }
        running = Promise.all(slots.map(sendOne)).finally(function () {
            running = null;
        });
        return running.then(again, function (problem) {
            failed(problem);
            throw problem;
        });
    }

    function again() {
        return Object.keys(buffer).length ? flush() : null;
    }

    function submit() {
        if (submitting) {
            return;
        }
        submitting = true;
        submitButton.disabled = true;
        show(text('submitting'));
        flush().then(function () {
            return send(api + '/submit', 'POST', {});
        }).then(function (answer) {
            window.localStorage.removeItem(storeKey);
            window.location.assign(answer.result || resultUrl);
        }).catch(function (problem) {
            submitting = false;
            submitButton.disabled = false;
            if (problem && problem.closed) {
                failed(problem);
            }
        });
    }

    function check(q, button) {
        button.disabled = true;
        flush().then(function () {
            return send(api + '/slots/' + q.getAttribute('data-slot') + '/check', 'POST', {});
        }).then(function (graded) {
            showFeedback(q, graded);
        }).catch(function () {
            button.disabled = false;
        });
    }

    function showFeedback(q, graded) {
        var box = q.querySelector('.feedback');
        box.hidden = false;
        box.querySelector('.feedback-status').textContent = text('status-' + graded.status);
        box.querySelector('.feedback-text').innerHTML = graded.feedback || '';
        inputs(q).forEach(function (e) { e.disabled = true; });
        var button = q.querySelector('button.check');
        if (button) {
            button.hidden = true;
        }
    }

    questions().forEach(function (q) {
        var slot = q.getAttribute('data-slot');
        var saved = JSON.parse(q.getAttribute('data-response') || '{}');
        var savedTime = Number(q.getAttribute('data-client-time') || 0);
        var local = buffer[slot];
        if (local && local.clientTime > savedTime && q.getAttribute('data-checked') !== 'true') {
            apply(q, local.response);
        } else {
            apply(q, saved);
            delete buffer[slot];
        }
        if (q.getAttribute('data-checked') === 'true') {
            inputs(q).forEach(function (e) { e.disabled = true; });
        }
        var typing = null;
        q.addEventListener('change', function () {
            window.clearTimeout(typing);
            remember(q);
        });
        q.addEventListener('input', function (event) {
            if (event.target.tagName === 'TEXTAREA' || event.target.type === 'text') {
                // Into the buffer at once, so a reload keeps every key; to the server once typing pauses.
                buffer[slot] = {response: read(q), clientTime: Date.now()};
                writeStore();
                show(text('saving'));
                window.clearTimeout(typing);
                typing = window.setTimeout(function () { remember(q); }, 800);
            }
        });
        var button = q.querySelector('button.check');
        if (button) {
            button.addEventListener('click', function () { check(q, button); });
        }
    });
    writeStore();
    window.addEventListener('pagehide', function () {
        Object.keys(buffer).forEach(function (slot) {
            // keepalive lets the request finish after the page is gone; the buffer stays until a page confirms.
            window.fetch(api + '/slots/' + slot, {
                method: 'PUT', credentials: 'same-origin', keepalive: true,
                headers: {'Content-Type': 'application/json'}, body: JSON.stringify(buffer[slot])
            }).catch(function () { /* replayed on the next visit */ });
        });
    });
    if (Object.keys(buffer).length) {
        show(text('replaying'));
        flush().catch(function () { /* shown by failed() */ });
    }

    submitButton.addEventListener('click', function () {
        var open = questions().filter(function (q) { return !isAnswered(q); }).length;
        var confirmBox = document.getElementById('submit-confirm');
        if (confirmBox.hidden) {
            confirmBox.hidden = false;
            confirmBox.querySelector('.unanswered').textContent =
                open > 0 ? text('unanswered').replace('{0}', open) : text('all-answered');
            submitButton.textContent = text('submit-confirm');
            confirmBox.focus();
            return;
        }
        submit();
    });

    var timer = document.getElementById('countdown');
    if (timer) {
        var deadline = Date.now() + Number(timer.getAttribute('data-seconds-left')) * 1000;
        var display = timer.querySelector('.countdown-time');
        var warned = false;
        var tick = function () {
            var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
            display.textContent = Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2);
            if (left <= 60 && !warned) {
                warned = true;
                timer.className = 'countdown ending';
                document.getElementById('countdown-alert').textContent = text('one-minute');
            }
            if (left === 0) {
                window.clearInterval(interval);
                submit();
            }
        };
        var interval = window.setInterval(tick, 1000);
        tick();
    }
}());
