/**
 * Process definitions (تعریف فرایند): how a published card runs as cases — its steps, the kind of each step,
 * who acts at it, its typed fields and the transitions between steps. One JSON document per card version,
 * read and checked by {@link ir.khadamat.catalog.process.ProcessDefinitions}.
 */
package ir.khadamat.catalog.process;
