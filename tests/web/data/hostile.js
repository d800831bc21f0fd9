// A hostile lesson script: tries every way out of the sealed reader it can, and
// reports for each attempt "blocked" or "LEAKED" (or "unknown" when it cannot tell,
// which the test treats as a failure). @PORT@ and @TAG@ are filled in by the test.
(function () {
    'use strict';
    var WEB = 'http://127.0.0.1:@PORT@/@TAG@-';
    var OTHER = 'oht-pack://org.example.secret/media/';
    var MARKER = 'TOP-SECRET-MARKER';
    var control = '@TAG@' === 'control';
    var results = {};
    var violations = [];
    var state = { results: results, violations: violations, done: false };
    window.ohtHostile = state;

    document.addEventListener('securitypolicyviolation', function (e) {
        violations.push(e.effectiveDirective + ' ' + e.blockedURI);
    });

    function set(name, verdict) {
        if (results[name] !== 'LEAKED') results[name] = verdict;
    }
    function violated(directive, marker) {
        return violations.some(function (v) {
            return v.indexOf(directive) === 0 && (!marker || v.indexOf(marker) >= 0);
        });
    }
    function attempt(name, fn) {
        try {
            fn();
        } catch (e) {
            set(name, 'blocked');
        }
    }

    attempt('img-dynamic', function () {
        var img = new Image();
        img.onload = function () { set('img-dynamic', 'LEAKED'); };
        img.onerror = function () { set('img-dynamic', 'blocked'); };
        img.src = WEB + 'img-dynamic';
    });

    attempt('xhr', function () {
        var x = new XMLHttpRequest();
        x.onload = function () { set('xhr', x.status === 200 ? 'LEAKED' : 'blocked'); };
        x.onerror = function () { set('xhr', 'blocked'); };
        x.open('GET', WEB + 'xhr');
        x.send();
    });

    attempt('fetch', function () {
        fetch(WEB + 'fetch', { mode: 'no-cors' }).then(
            function () { set('fetch', 'LEAKED'); },
            function () { set('fetch', 'blocked'); });
    });

    attempt('websocket', function () {
        var ws = new WebSocket('ws://127.0.0.1:@PORT@/@TAG@-websocket');
        ws.onopen = function () { set('websocket', 'LEAKED'); };
        ws.onerror = function () { set('websocket', 'blocked'); };
    });

    attempt('beacon', function () {
        var queued = navigator.sendBeacon(WEB + 'beacon', 'x');
        if (!queued) set('beacon', 'blocked');
    });

    attempt('xhr-other-pack', function () {
        var x = new XMLHttpRequest();
        x.open('GET', OTHER + 'secret.json', false);
        x.send();
        set('xhr-other-pack', x.responseText.indexOf(MARKER) >= 0 ? 'LEAKED' : 'blocked');
    });

    attempt('fetch-other-pack', function () {
        fetch(OTHER + 'secret.json').then(function (r) { return r.text(); }).then(
            function (t) { set('fetch-other-pack', t.indexOf(MARKER) >= 0 ? 'LEAKED' : 'blocked'); },
            function () { set('fetch-other-pack', 'blocked'); });
    });

    attempt('img-other-pack', function () {
        var img = new Image();
        img.onload = function () { set('img-other-pack', 'LEAKED'); };
        img.onerror = function () { set('img-other-pack', 'blocked'); };
        img.src = OTHER + 'pixel.gif';
    });

    attempt('window-open', function () {
        var w = window.open(WEB + 'window-open');
        set('window-open', w ? 'LEAKED' : 'blocked');
    });

    attempt('form-post', function () {
        document.getElementById('post-form').submit();
    });

    attempt('css-url', function () {
        // Added after the listener above exists (the static one in the lesson is
        // styled before this script runs, so its report would be missed).
        var box = document.createElement('div');
        box.style.cssText = 'width:10px;height:10px;background-image:url(' + WEB + 'css-url)';
        document.body.appendChild(box);
    });

    attempt('eval', function () {
        eval('1');
        set('eval', 'LEAKED');
    });

    attempt('local-storage', function () {
        window.localStorage.setItem('oht', '1');
        set('local-storage', window.localStorage.getItem('oht') === '1' ? 'LEAKED' : 'blocked');
    });

    if (!control) {
        // Leaves the page if it works; then nothing reports back, and the test fails.
        setTimeout(function () { location.href = WEB + 'top-navigation'; }, 0);
        setTimeout(function () { document.getElementById('top-form').submit(); }, 0);
    }

    // Policy-violation events arrive asynchronously, late on a busy machine: wait until
    // every check they decide has its event (or the deadline passes, which then reports
    // "unknown" and fails the test) instead of judging at a fixed moment.
    var started = Date.now();
    function frameBlank(id) {
        try {
            var doc = document.getElementById(id).contentDocument;
            return !!doc && doc.URL === 'about:blank';
        } catch (e) {
            return false;
        }
    }
    function eventsArrived() {
        var video = document.getElementById('video');
        return violated('object-src') && violated('img-src', 'css-url') &&
            (violated('frame-src', 'file') || frameBlank('file-frame')) &&
            (violated('form-action') || frameBlank('form-frame')) &&
            (violated('media-src', 'video') || (video.error && video.error.code === 4)) &&
            (results.beacon !== undefined || violated('connect-src', 'beacon')) &&
            (results.websocket !== undefined || violated('connect-src', 'websocket'));
    }

    setTimeout(function finish() {
        if (!control && !eventsArrived() && Date.now() - started < 15000) {
            setTimeout(finish, 250);
            return;
        }
        // Static elements of the lesson.
        var img = document.getElementById('img-static');
        set('img-static', img.complete && img.naturalWidth > 0 ? 'LEAKED' : 'blocked');

        var frame = document.getElementById('file-frame');
        var frameDoc = null;
        try { frameDoc = frame.contentDocument; } catch (e) { frameDoc = null; }
        if (frameDoc && frameDoc.body && frameDoc.body.textContent.trim().length > 0)
            set('iframe-file', 'LEAKED');
        else if (violated('frame-src', 'file') || (frameDoc && frameDoc.URL === 'about:blank'))
            set('iframe-file', 'blocked');
        else
            set('iframe-file', 'unknown');

        var formFrame = document.getElementById('form-frame');
        var formDoc = null;
        try { formDoc = formFrame.contentDocument; } catch (e) { formDoc = null; }
        if (violated('form-action') || (formDoc && formDoc.URL === 'about:blank'))
            set('form-post', 'blocked');
        else
            set('form-post', 'unknown');

        var based = document.getElementById('img-base');
        set('base-href', based.src.indexOf('oht-pack:') === 0 || violated('base-uri') ? 'blocked' : 'LEAKED');

        set('inline-script', window.ohtInlineRan === true ? 'LEAKED' : 'blocked');
        set('inline-handler', window.ohtHandlerRan === true ? 'LEAKED' : 'blocked');
        set('css-url', violated('img-src', 'css-url') ? 'blocked' : 'unknown');
        set('embed', violated('object-src') ? 'blocked' : 'unknown');
        if (results.beacon === undefined)
            set('beacon', violated('connect-src', 'beacon') ? 'blocked' : 'unknown');
        var video = document.getElementById('video');
        if (video.readyState > 0)
            set('video', 'LEAKED');
        else if (violated('media-src', 'video') || (video.error && video.error.code === 4))
            set('video', 'blocked');
        else
            set('video', 'unknown');
        if (results.websocket === undefined)
            set('websocket', violated('connect-src', 'websocket') ? 'blocked' : 'unknown');
        if (!control) {
            // Still here after the refresh delay and the navigation attempts.
            set('meta-refresh', 'blocked');
            set('top-navigation', 'blocked');
            set('form-post-top', 'blocked');
        }
        state.done = true;
    }, 2500);
})();
