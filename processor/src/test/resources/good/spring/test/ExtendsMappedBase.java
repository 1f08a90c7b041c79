package test;

import org.springframework.web.bind.annotation.RequestMapping;

/** Serves the mapped base's operation again, at /again/base. */
@RequestMapping("/again")
public interface ExtendsMappedBase extends MappedBase {}
