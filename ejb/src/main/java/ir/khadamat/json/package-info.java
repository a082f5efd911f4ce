/**
 * JSON from outside read with limits before anything binds it (depth, string length, size, one complete value),
 * and bound with a JSON-P provider that names a value that does not bind by its JSON Pointer.
 */
package ir.khadamat.json;
