/**
 * What the container and browser tests share, and nothing they test: the application deployed as the build
 * packaged it ({@link ir.khadamat.testing.Deployments}), called from outside ({@link ir.khadamat.testing.ClientTest})
 * by an HTTP client as its clients do ({@link ir.khadamat.testing.Http}); small cards
 * ({@link ir.khadamat.testing.Cards}), cases driven through REST as their people would
 * ({@link ir.khadamat.testing.CaseDriver}), work run as a demonstration user inside the server
 * ({@link ir.khadamat.testing.As}) and cards published so ({@link ir.khadamat.testing.CardPublisher}), bulk loads of cases ({@link ir.khadamat.testing.CaseVolume}), headless Chromium
 * ({@link ir.khadamat.testing.Browser}, {@link ir.khadamat.testing.BrowserTest}) and the OpenAPI fuzzer
 * ({@link ir.khadamat.testing.ApiFuzzer}). The tests themselves sit in the package of the code they exercise
 * (ir.khadamat.catalog, ir.khadamat.runtime, ir.khadamat.web …), the benchmarks in ir.khadamat.benchmark.
 */
package ir.khadamat.testing;
