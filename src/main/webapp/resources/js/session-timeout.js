/*
 * Idle warning: the server ends a session after a period without requests (data-idle-seconds). Two minutes
 * before that (data-warn-seconds) this asks whether the user is still there; "stay logged in" makes a request,
 * which restarts the server's idle time. Every request a page makes counts (PrimeFaces AJAX, the autosaves'
 * fetch), and open tabs share the moment of the last one through localStorage, so one busy tab keeps the others
 * from warning. When the time is up the page reloads and the server decides: the login page if the session
 * ended, which returns to this page after logging in.
 */
(function () {
    'use strict';
    var dialog = document.getElementById('session-warning');
    if (!dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    var KEY = 'lwp.lastServerContact';
    var idle = Number(dialog.getAttribute('data-idle-seconds')) * 1000;
    var warn = Number(dialog.getAttribute('data-warn-seconds')) * 1000;
    var countdown = dialog.querySelector('.session-countdown');
    var local = 0;

    function contact() {
        local = Date.now();
        try {
            localStorage.setItem(KEY, String(local));
        } catch (e) {
            // Storage may be off; this tab then counts on its own.
        }
    }

    // The shared moment when storage works (another tab's request counts too), else this tab's own.
    function lastContact() {
        try {
            return Number(localStorage.getItem(KEY)) || local;
        } catch (e) {
            return local;
        }
    }

    function minutesSeconds(ms) {
        var seconds = Math.max(0, Math.ceil(ms / 1000));
        return Math.floor(seconds / 60) + ':' + ('0' + (seconds % 60)).slice(-2);
    }

    function tick() {
        var left = lastContact() + idle - Date.now();
        if (left <= -5000) {
            window.location.reload();
        } else if (left <= warn) {
            countdown.textContent = minutesSeconds(left);
            if (!dialog.open) {
                dialog.showModal();
            }
        } else if (dialog.open) {
            dialog.close();
        }
    }

    function stay() {
        fetch(dialog.getAttribute('data-extend-url'), {
            method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'}
        }).then(function (response) {
            if (response.ok) {
                dialog.close();
            } else {
                window.location.reload();
            }
        });
    }

    if (window.fetch) {
        var send = window.fetch;
        window.fetch = function () {
            return send.apply(this, arguments).then(function (response) {
                contact();
                return response;
            });
        };
    }
    if (window.jQuery) {
        window.jQuery(document).on('ajaxComplete', contact);
    }
    document.getElementById('session-stay').addEventListener('click', stay);
    dialog.addEventListener('cancel', function (event) {
        // Escape means "I am here" too.
        event.preventDefault();
        stay();
    });
    contact();
    window.setInterval(tick, 1000);
}());
