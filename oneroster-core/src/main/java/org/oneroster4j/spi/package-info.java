/** The SIS vendor plug-in interface and the vendor registry. */
package org.oneroster4j.spi;
