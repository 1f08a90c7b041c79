/** Schemes may also be declared on a package. */
@HttpBearer(schemeName = "PackageBearer")
package test;

import dev.gatehouse.annotations.HttpBearer;
