/** Maven goals of airgap: thin mojos that build one request, call the core and map the result. */
package dev.airgap.maven;
