package org.springframework.web.bind.annotation;

/** A stand-in for Spring MVC's enum, so the test needs no Spring jar. */
public enum RequestMethod { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE }
