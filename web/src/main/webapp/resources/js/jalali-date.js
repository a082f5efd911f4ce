/* The Jalali date inputs (input[data-jalali]): the digits typed, in any script, shown as Persian digits, and the
   separators put in as one types (۱۴۰۴۰۸۰۱ → ۱۴۰۴/۰۸/۰۱); a slash typed by hand is kept (۱۴۰۴/۸/۱). Anything else
   typed stays as it is (only its digits turn Persian): the server reads the date with ICU4J's Persian calendar and
   says beside the field what is wrong, with what was typed kept. Without scripts the input takes the text as typed. PrimeFaces' p:inputMask is not used: its digit slot takes ASCII digits only, and its
   mask check on the server refuses Persian ones. */
(function () {
    var PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

    function persianDigits(text) {
        return text.replace(/[0-9]/g, function (d) {
            return PERSIAN.charAt(d.charCodeAt(0) - 48);
        }).replace(/[\u0660-\u0669]/g, function (d) {
            return PERSIAN.charAt(d.charCodeAt(0) - 0x0660);
        });
    }

    /** Year of four digits, month of two: a part typed past its length carries over to the next; the day as typed. */
    function format(text) {
        var digits = persianDigits(text);
        if (!/^[۰-۹\/]*$/.test(digits)) {
            return digits; // not a date being typed: kept, for the server to say what is wrong with it
        }
        var parts = digits.replace(/\/{2,}/g, '/').split('/').slice(0, 3);
        for (var i = 0; i < parts.length && i < 2; i++) {
            var max = i === 0 ? 4 : 2;
            if (parts[i].length > max) {
                var rest = parts[i].slice(max);
                parts[i] = parts[i].slice(0, max);
                if (i + 1 < parts.length) {
                    parts[i + 1] = rest + parts[i + 1];
                } else {
                    parts.push(rest);
                }
            }
        }
        return parts.join('/');
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.hasAttribute || !input.hasAttribute('data-jalali')) {
            return;
        }
        var atEnd = input.selectionStart === input.value.length;
        // typing at the end is regrouped; an edit in the middle only changes digits, so the caret stays put
        var value = atEnd ? format(input.value) : persianDigits(input.value);
        if (value !== input.value) {
            var caret = input.selectionStart;
            input.value = value;
            if (!atEnd) {
                input.setSelectionRange(caret, caret);
            }
        }
    });
}());
