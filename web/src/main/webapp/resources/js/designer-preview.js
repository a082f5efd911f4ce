/* The service designer's preview (workspace/designer.xhtml): the chosen step's generated screen, fetched from
   workspace/step-preview.xhtml (the same inputs a case's page shows) and put in place, its inputs disabled. Without
   scripts the link beside it opens the same screen. */
document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-preview-src]');
    if (!box || !window.fetch || !window.DOMParser) {
        return;
    }
    fetch(box.getAttribute('data-preview-src'), {credentials: 'same-origin'}).then(function (response) {
        return response.ok ? response.text() : null;
    }).then(function (html) {
        if (!html) {
            return;
        }
        var screen = new DOMParser().parseFromString(html, 'text/html').getElementById('preview-screen');
        if (!screen) {
            return;
        }
        // ids stay unique on the designer's page, and nothing in the preview can be sent
        screen.querySelectorAll('[id]').forEach(function (el) { el.id = 'preview-' + el.id; });
        screen.querySelectorAll('label[for]').forEach(function (el) { el.htmlFor = 'preview-' + el.htmlFor; });
        screen.querySelectorAll('[aria-describedby]').forEach(function (el) {
            el.setAttribute('aria-describedby', 'preview-' + el.getAttribute('aria-describedby'));
        });
        screen.querySelectorAll('input, select, textarea, button').forEach(function (el) {
            el.disabled = true;
            el.removeAttribute('name');
        });
        screen.querySelectorAll('script, input[type=hidden]').forEach(function (el) { el.remove(); });
        screen.querySelectorAll('form').forEach(function (form) {
            var div = document.createElement('div');
            while (form.firstChild) {
                div.appendChild(form.firstChild);
            }
            form.replaceWith(div);
        });
        screen.id = 'designer-preview-screen';
        box.querySelector('[data-preview-body]').replaceChildren(screen);
    });
});
