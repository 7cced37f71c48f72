/**
 * What every feature shares: the Chinese UI shell, value types, clock and business errors.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.casework.base;
