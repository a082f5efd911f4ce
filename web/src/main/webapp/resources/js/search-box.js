/* The catalogue's search box (p:autoComplete) suggests titles as one types, and PrimeFaces keeps the Enter key for
   them: while suggestions are open, or about to open, Enter would do nothing. In a search box Enter searches for
   what was typed unless a suggestion was chosen with the arrow keys; the page's own search button does it. */
document.addEventListener('keydown', function (event) {
    var box = event.target;
    if (event.key !== 'Enter' || !box.closest || !box.closest('form[data-search-box]')) {
        return;
    }
    var form = box.closest('form');
    var chosen = document.querySelector('.ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight');
    if (chosen && chosen.offsetParent !== null) {
        return; // PrimeFaces selects the suggestion, which searches for it
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    form.querySelector('[data-search-button]').click();
}, true);
