/**
 * Process definitions (تعریف فرایند): how a published card runs as cases — its steps, the kind of each step,
 * who acts at it, its typed fields and the transitions between steps. One JSON document per card version,
 * read and checked by {@link ir.khadamat.runtime.definition.ProcessDefinitions}.
 */
package ir.khadamat.runtime.definition;
