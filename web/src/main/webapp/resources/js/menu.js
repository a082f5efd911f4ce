/* The site menu on a phone: folded under one button (the page's script marks the document, so that without scripts
   the menu simply stays open). */
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('menu-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) {
        return;
    }
    button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        nav.classList.toggle('open', open);
    });
});
