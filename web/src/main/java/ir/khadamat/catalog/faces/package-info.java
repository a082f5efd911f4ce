/**
 * The catalogue's screens: thin beans behind the public catalogue ({@code index.xhtml}), a card as the public's
 * service page or as the annex-1 form, and its versions compared ({@code card.xhtml}, {@code diff.xhtml}), the
 * workspace with the review desk and the card editor ({@code workspace/index.xhtml}, {@code workspace/edit.xhtml}).
 */
package ir.khadamat.catalog.faces;
