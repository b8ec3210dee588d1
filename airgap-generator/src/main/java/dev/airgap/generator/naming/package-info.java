/** Logical ids, computed in one place (style.md §5). */
package dev.airgap.generator.naming;
