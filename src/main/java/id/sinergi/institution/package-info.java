/**
 * Institutions (instansi) taking part in forums: their type and the parent/office tree
 * (e.g. the Kanwil Ditjen Imigrasi with its Kantor Imigrasi UPT). Admins manage them.
 */
package id.sinergi.institution;
