/** Users over REST: a province's admin sees and adds its own, system admins everyone. */
package ir.khadamat.users.rest;
