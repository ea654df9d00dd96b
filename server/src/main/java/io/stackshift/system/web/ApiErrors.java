package io.stackshift.system.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into the error body a Waldur client expects. Bad input is always a
 * 400 that names the field; nothing a client sends can produce a 500.
 */
@RestControllerAdvice
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidInput ex) {
		return ResponseEntity.badRequest().body(ex.errors());
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFound ex) {
		return detail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> noResource(NoResourceFoundException ex) {
		return detail(HttpStatus.NOT_FOUND, "Not found.");
	}

	@ExceptionHandler
	ResponseEntity<Object> denied(PermissionDenied ex) {
		return detail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> conflict(Conflict ex) {
		return detail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex) {
		return detail(HttpStatus.CONFLICT, "The object was changed by another request at the same time; retry.");
	}

	@ExceptionHandler
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
		// Validation should have caught this; a race between two requests still ends as a
		// 409.
		log.warn("Integrity violation: {}", ex.getMostSpecificCause().getMessage());
		return detail(HttpStatus.CONFLICT, "The request conflicts with existing data.");
	}

	@ExceptionHandler
	ResponseEntity<Object> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return detail(HttpStatus.METHOD_NOT_ALLOWED, "Method \"" + ex.getMethod() + "\" not allowed.");
	}

	/** Nothing the client accepts can be produced, not even an error body: 406 alone. */
	@ExceptionHandler
	ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler
	ResponseEntity<Object> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Unsupported media type \"" + ex.getContentType() + "\" in request.");
	}

	@ExceptionHandler
	ResponseEntity<Object> missingParameter(MissingServletRequestParameterException ex) {
		return ResponseEntity.badRequest().body(Map.of(ex.getParameterName(), List.of("This field is required.")));
	}

	@ExceptionHandler
	ResponseEntity<Object> parameterType(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest().body(Map.of(ex.getName(), List.of(typeMessage(ex.getRequiredType()))));
	}

	@ExceptionHandler
	ResponseEntity<Object> beanValidation(MethodArgumentNotValidException ex) {
		ErrorTree tree = new ErrorTree();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			tree.add(ErrorTree.parsePath(error.getField()), constraintMessage(error));
		}
		for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
			tree.add(List.of(InvalidInput.NON_FIELD), error.getDefaultMessage());
		}
		return ResponseEntity.badRequest().body(tree.body());
	}

	@ExceptionHandler
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			List<Object> path = new ArrayList<>();
			for (JacksonException.Reference reference : databind.getPath()) {
				path.add((reference.getPropertyName() != null) ? reference.getPropertyName()
						: (Object) reference.getIndex());
			}
			return ResponseEntity.badRequest().body(new ErrorTree().add(path, bindingMessage(databind)).body());
		}
		if (cause instanceof StreamReadException parse) {
			return detail(HttpStatus.BAD_REQUEST, "JSON parse error - " + parse.getOriginalMessage());
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return ResponseEntity.badRequest()
				.body(Map.of(InvalidInput.NON_FIELD, List
					.of("Invalid data. Expected a dictionary, but got " + jsonType(mismatch.getTargetType()) + ".")));
		}
		return detail(HttpStatus.BAD_REQUEST, "A JSON request body is required.");
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unhandled error", ex);
		return detail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error.");
	}

	private static ResponseEntity<Object> detail(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(Map.of("detail", detail));
	}

	private static String bindingMessage(DatabindException ex) {
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return "\"" + format.getValue() + "\" is not a valid choice.";
		}
		if (ex instanceof MismatchedInputException mismatch) {
			return typeMessage(mismatch.getTargetType());
		}
		return "Invalid value.";
	}

	static String typeMessage(Class<?> type) {
		if (type == null) {
			return "Invalid value.";
		}
		if (type == UUID.class) {
			return "Must be a valid UUID.";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "Must be a valid boolean.";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "A valid integer is required.";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "A valid number is required.";
		}
		if (type == String.class) {
			return "Not a valid string.";
		}
		if (type.isEnum()) {
			return "Not a valid choice.";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "Expected a list of items.";
		}
		return "Invalid data. Expected a dictionary.";
	}

	private static String jsonType(Class<?> type) {
		return (type != null && Collection.class.isAssignableFrom(type)) ? "list" : "another type";
	}

	private static String constraintMessage(FieldError error) {
		String code = (error.getCode() != null) ? error.getCode() : "";
		Object[] args = error.getArguments();
		switch (code) {
			case "NotNull":
				return "This field is required.";
			case "NotBlank":
				return (error.getRejectedValue() == null) ? "This field is required." : "This field may not be blank.";
			case "NotEmpty":
				return "This list may not be empty.";
			case "Size":
				// arguments: field, max, min
				int max = (args != null && args.length > 2) ? ((Number) args[1]).intValue() : Integer.MAX_VALUE;
				int min = (args != null && args.length > 2) ? ((Number) args[2]).intValue() : 0;
				Object value = error.getRejectedValue();
				int length = (value instanceof CharSequence text) ? text.length()
						: (value instanceof Collection<?> items) ? items.size() : 0;
				return (length > max) ? "Ensure this field has no more than " + max + " characters."
						: "Ensure this field has at least " + min + " characters.";
			case "Email":
				return "Enter a valid email address.";
			case "Min":
			case "PositiveOrZero":
			case "Positive":
				return (error.getDefaultMessage() != null)
						? "Ensure this value is " + error.getDefaultMessage().replace("must be ", "") + "."
						: "Value too small.";
			case "Max":
				return "Ensure this value is " + error.getDefaultMessage().replace("must be ", "") + ".";
			default:
				return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "Invalid value.";
		}
	}

}
