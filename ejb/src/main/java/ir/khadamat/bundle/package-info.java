/**
 * Catalogue bundles: the definitions of services moving between installations (test to production, one
 * province's platform to another's) — cards with every version and process definition, the agency registry, units'
 * weekly slots — as one version-stamped JSON file ({@link ir.khadamat.bundle.BundleFile}), exported whole or
 * filtered and imported with a dry run, all or nothing ({@link ir.khadamat.bundle.CatalogueBundles}). A context:
 * it uses the catalogue and the runtime's appointments; nothing but the screens uses it.
 */
package ir.khadamat.bundle;
