/** The grade export engine: authorize, link classes, plan and execute a gradebook export. */
package org.oneroster4j.export;
