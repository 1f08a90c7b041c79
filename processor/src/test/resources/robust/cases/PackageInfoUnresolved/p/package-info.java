/*
 * case: a scheme on a package whose name is a constant that does not exist, and a valid endpoint
 * that requires a scheme of that package
 * expect: failure
 * error: cannot find symbol @ @HttpBasic(schemeName = p.Missing.NAME)
 */
@HttpBasic(schemeName = p.Missing.NAME)
@HttpBearer
package p;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
