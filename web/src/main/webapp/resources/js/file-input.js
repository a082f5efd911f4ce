/* PrimeFaces' simple upload (p:fileUpload mode="simple", without its skin) renders its native file input with
   aria-hidden="true", although that input is the very control one uses and its label names: a screen reader would
   skip it (axe: aria-hidden-focus). The page gives it back to assistive technology. */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
        input.removeAttribute('aria-hidden');
    });
});
